#pragma once
// The parts of a hand-made XLSX workbook: a first sheet that is not
// sheet1.xml (found through workbook.xml.rels with an absolute target),
// rich text with a phonetic run, inline strings, sparse cells and rows,
// numbers and booleans. Kept out of the test source: moc does not parse
// raw string literals holding XML.

#include <QByteArray>

namespace oppmote::iotest {

inline const QByteArray kWorkbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Påmeldte" sheetId="1" r:id="rId7"/><sheet name="Annet" sheetId="2" r:id="rId8"/></sheets>
</workbook>)";
inline const QByteArray kRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/deltakere.xml"/>
</Relationships>)";
inline const QByteArray kShared = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>Fornavn</t></si>
<si><r><t>Etter</t></r><r><rPr><b/></rPr><t>navn</t></r><rPh><t>PHONETIC</t></rPh></si>
<si><t xml:space="preserve"> Kari </t></si>
</sst>)";
inline const QByteArray kSheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>Telefon</t></is></c></row>
<row r="3"/>
<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="str"><v>Nordmann</v></c><c r="D4"><v>4791234567</v></c><c r="E4"><v>2.5</v></c><c r="F4" t="b"><v>1</v></c></row>
</sheetData></worksheet>)";

} // namespace oppmote::iotest
