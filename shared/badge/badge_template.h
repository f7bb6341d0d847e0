#pragma once
// A badge template is data (assets/badges/*.json), in millimetres: the badge
// size, the page it is printed on (the label itself, or an A4 sheet of
// several badges with crop marks), the printer's resolution (for the QR
// code's whole dots per module) and the elements of the front and the
// optional back. docs/badges.md describes the format.

#include "domain/result.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace oppmote {

enum class BadgeElementKind { Text, Qr, Image, Band, Rect };

struct BadgeElement {
    BadgeElementKind kind = BadgeElementKind::Text;
    QRectF rectMm; // x, y, w, h from the badge's top-left corner
    // Text and Band: a pattern with {placeholders} (see BadgeData::field)
    QString text;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double maxPt = 12; // auto-shrink from maxPt down to minPt
    double minPt = 6;
    int maxLines = 1; // a second (third …) line before shrinking below ~80 %
    bool bold = false;
    bool uppercase = false;
    Qt::Alignment align = Qt::AlignHCenter | Qt::AlignVCenter;
    QColor colour = Qt::black;
    // Band and Rect: the fill; a Band picks it by attendee type or day
    QColor fill;
    QString colourBy; // "type" or "day" (Band)
    QHash<QString, QColor> colours; // "speaker" → …, "1" → …, "default" → …
    // Image: a file or resource path (relative paths: next to the template)
    QString source;
    // Qr: the field to encode (default "token")
    QString field = QStringLiteral("token");
    double radiusMm = 0; // Rect: rounded corners; 0 = square
    double strokeMm = 0; // Rect: outline width; 0 = none
};

struct BadgeSheet {
    int columns = 1;
    int rows = 1;
    QPointF originMm; // the first badge's top-left corner on the page; <0 = centred
    double gapXMm = 0;
    double gapYMm = 0;
    bool cropMarks = false;
    int perPage() const { return columns * rows; }
};

struct BadgeTemplate {
    QString name; // file name without .json: "a6", "zebra-4x3"
    QString title; // for people: "A6 (105 × 148 mm)", as the file has it (English)
    QString description;
    QSizeF badgeMm; // one badge
    QSizeF pageMm; // what the printer's page is: = badgeMm for labels
    bool continuous = false; // roll media cut to length (Brother QL 62 mm)
    int dpi = 300; // the intended printer's resolution
    BadgeSheet sheet; // 1 × 1 for labels
    QList<BadgeElement> front;
    QList<BadgeElement> back; // empty: no back side
    QString baseDir; // where relative image paths are found

    bool isSheet() const { return sheet.perPage() > 1; }
    bool hasBack() const { return !back.isEmpty(); }
    // The CUPS "media" keyword for the exact page size: "Custom.62x100mm".
    QString cupsMedia() const;
    // The badge's top-left corner on the page for slot `index` (0-based).
    QPointF slotOriginMm(int index, bool mirrored = false) const;
};

Result<BadgeTemplate> parseBadgeTemplate(
    const QByteArray &json, const QString &name, const QString &baseDir = {});
Result<BadgeTemplate> loadBadgeTemplateFile(const QString &path);
// A built-in template by name (":/badges/<name>.json") or a path to a .json file.
Result<BadgeTemplate> loadBadgeTemplate(const QString &nameOrPath);
// The built-in templates' names, sorted.
QStringList builtInBadgeTemplates();
QString defaultBadgeTemplate(); // "a6"
// A template's title in the UI language (a built-in one's; others as written).
QString shownTemplateTitle(const BadgeTemplate &tmpl);

} // namespace oppmote
