#include "badge/badge_template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace oppmote {

namespace {

struct BadgeText {
    Q_DECLARE_TR_FUNCTIONS(Badge)
};

Error templateError(const QString &name, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, BadgeText::tr("Badge template «%1»: %2").arg(name, what));
}

Result<Qt::Alignment> alignmentFrom(const QString &text)
{
    Qt::Alignment a = Qt::AlignVCenter;
    if (text.isEmpty() || text == QLatin1String("center") || text == QLatin1String("centre"))
        return Qt::Alignment(a | Qt::AlignHCenter);
    if (text == QLatin1String("left"))
        return Qt::Alignment(a | Qt::AlignLeft);
    if (text == QLatin1String("right"))
        return Qt::Alignment(a | Qt::AlignRight);
    return makeError(ErrorCode::InvalidInput, text);
}

Result<QColor> colourFrom(const QJsonValue &v, const QString &name, const QString &where)
{
    const QColor c = QColor::fromString(v.toString());
    if (!c.isValid())
        return templateError(name, BadgeText::tr("«%1» in %2 is not a colour.").arg(v.toString(), where));
    return c;
}

Result<BadgeElement> parseElement(const QJsonObject &o, const QString &name, const QSizeF &badge, int index)
{
    BadgeElement e;
    const QString type = o.value(QLatin1String("type")).toString();
    const QString where = BadgeText::tr("element %1 (%2)").arg(index + 1).arg(type);
    if (type == QLatin1String("text"))
        e.kind = BadgeElementKind::Text;
    else if (type == QLatin1String("qr"))
        e.kind = BadgeElementKind::Qr;
    else if (type == QLatin1String("image"))
        e.kind = BadgeElementKind::Image;
    else if (type == QLatin1String("band"))
        e.kind = BadgeElementKind::Band;
    else if (type == QLatin1String("rect"))
        e.kind = BadgeElementKind::Rect;
    else
        return templateError(name, BadgeText::tr("%1 has an unknown type.").arg(where));

    const double x = o.value(QLatin1String("x")).toDouble(0);
    const double y = o.value(QLatin1String("y")).toDouble(0);
    double w = o.value(QLatin1String("w")).toDouble(badge.width() - x);
    double h = o.value(QLatin1String("h")).toDouble(badge.height() - y);
    if (e.kind == BadgeElementKind::Qr)
        w = h = o.value(QLatin1String("size")).toDouble(0);
    e.rectMm = QRectF(x, y, w, h);
    if (w <= 0 || h <= 0)
        return templateError(name, BadgeText::tr("%1 has no size.").arg(where));
    constexpr double kSlack = 0.01;
    if (x < -kSlack || y < -kSlack || x + w > badge.width() + kSlack || y + h > badge.height() + kSlack)
        return templateError(name, BadgeText::tr("%1 lies outside the badge.").arg(where));

    e.text = o.value(QLatin1String("text")).toString();
    e.fontFamily = o.value(QLatin1String("font")).toString(e.fontFamily);
    e.maxPt = o.value(QLatin1String("maxPt")).toDouble(e.maxPt);
    e.minPt = o.value(QLatin1String("minPt")).toDouble(std::min(e.minPt, e.maxPt));
    if (e.minPt <= 0 || e.minPt > e.maxPt)
        return templateError(name, BadgeText::tr("%1: minPt must be between 0 and maxPt.").arg(where));
    e.maxLines = o.value(QLatin1String("lines")).toInt(1);
    if (e.maxLines < 1 || e.maxLines > 4)
        return templateError(name, BadgeText::tr("%1: lines must be 1 to 4.").arg(where));
    e.bold = o.value(QLatin1String("bold")).toBool(false);
    e.uppercase = o.value(QLatin1String("uppercase")).toBool(false);
    auto align = alignmentFrom(o.value(QLatin1String("align")).toString());
    if (!align.ok())
        return templateError(name, BadgeText::tr("%1: align is left, center or right.").arg(where));
    e.align = align.value();
    if (o.contains(QLatin1String("colour"))) {
        auto c = colourFrom(o.value(QLatin1String("colour")), name, where);
        if (!c.ok())
            return c.error();
        e.colour = c.value();
    }
    if (o.contains(QLatin1String("fill"))) {
        auto c = colourFrom(o.value(QLatin1String("fill")), name, where);
        if (!c.ok())
            return c.error();
        e.fill = c.value();
    }
    e.colourBy = o.value(QLatin1String("by")).toString(QStringLiteral("type"));
    const QJsonObject colours = o.value(QLatin1String("colours")).toObject();
    for (auto it = colours.begin(); it != colours.end(); ++it) {
        auto c = colourFrom(it.value(), name, where);
        if (!c.ok())
            return c.error();
        e.colours.insert(it.key(), c.value());
    }
    if (e.kind == BadgeElementKind::Band && e.colours.isEmpty() && !e.fill.isValid())
        return templateError(name, BadgeText::tr("%1: a band needs colours or a fill.").arg(where));
    e.source = o.value(QLatin1String("source")).toString();
    if (e.kind == BadgeElementKind::Image && e.source.isEmpty())
        return templateError(name, BadgeText::tr("%1: an image needs a source.").arg(where));
    e.field = o.value(QLatin1String("field")).toString(e.field);
    e.radiusMm = o.value(QLatin1String("radius")).toDouble(0);
    e.strokeMm = o.value(QLatin1String("stroke")).toDouble(0);
    return e;
}

Result<QList<BadgeElement>> parseElements(const QJsonArray &a, const QString &name, const QSizeF &badge)
{
    QList<BadgeElement> list;
    for (int i = 0; i < a.size(); ++i) {
        auto e = parseElement(a.at(i).toObject(), name, badge, i);
        if (!e.ok())
            return e.error();
        list.append(e.value());
    }
    return list;
}

QSizeF sizeFrom(const QJsonObject &o)
{
    return QSizeF(
        o.value(QLatin1String("widthMm")).toDouble(0), o.value(QLatin1String("heightMm")).toDouble(0));
}

QString mmText(double mm)
{
    return QString::number(mm, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

} // namespace

QString BadgeTemplate::cupsMedia() const
{
    return QStringLiteral("Custom.%1x%2mm").arg(mmText(pageMm.width()), mmText(pageMm.height()));
}

QPointF BadgeTemplate::slotOriginMm(int index, bool mirrored) const
{
    int column = index % sheet.columns;
    const int row = (index / sheet.columns) % sheet.rows;
    if (mirrored) // the back of a sheet, turned over its long edge
        column = sheet.columns - 1 - column;
    return QPointF(sheet.originMm.x() + column * (badgeMm.width() + sheet.gapXMm),
        sheet.originMm.y() + row * (badgeMm.height() + sheet.gapYMm));
}

Result<BadgeTemplate> parseBadgeTemplate(const QByteArray &json, const QString &name, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return templateError(name, BadgeText::tr("not valid JSON (%1).").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    BadgeTemplate t;
    t.name = name;
    t.baseDir = baseDir;
    t.title = o.value(QLatin1String("title")).toString(name);
    t.description = o.value(QLatin1String("description")).toString();
    t.badgeMm = sizeFrom(o.value(QLatin1String("badge")).toObject());
    if (t.badgeMm.width() <= 0 || t.badgeMm.height() <= 0)
        return templateError(name, BadgeText::tr("badge.widthMm and badge.heightMm are needed."));
    t.pageMm
        = o.contains(QLatin1String("page")) ? sizeFrom(o.value(QLatin1String("page")).toObject()) : t.badgeMm;
    if (t.pageMm.width() <= 0 || t.pageMm.height() <= 0)
        return templateError(name, BadgeText::tr("page.widthMm and page.heightMm must be positive."));
    t.continuous = o.value(QLatin1String("continuous")).toBool(false);
    t.dpi = o.value(QLatin1String("dpi")).toInt(300);
    if (t.dpi < 100 || t.dpi > 2400)
        return templateError(name, BadgeText::tr("dpi must be between 100 and 2400."));

    const QJsonObject sheet = o.value(QLatin1String("sheet")).toObject();
    t.sheet.columns = sheet.value(QLatin1String("columns")).toInt(1);
    t.sheet.rows = sheet.value(QLatin1String("rows")).toInt(1);
    if (t.sheet.columns < 1 || t.sheet.rows < 1)
        return templateError(name, BadgeText::tr("sheet.columns and sheet.rows must be at least 1."));
    t.sheet.gapXMm = sheet.value(QLatin1String("gapXMm")).toDouble(0);
    t.sheet.gapYMm = sheet.value(QLatin1String("gapYMm")).toDouble(0);
    t.sheet.cropMarks = sheet.value(QLatin1String("cropMarks")).toBool(false);
    const double usedW = t.sheet.columns * t.badgeMm.width() + (t.sheet.columns - 1) * t.sheet.gapXMm;
    const double usedH = t.sheet.rows * t.badgeMm.height() + (t.sheet.rows - 1) * t.sheet.gapYMm;
    t.sheet.originMm = QPointF(sheet.value(QLatin1String("leftMm")).toDouble((t.pageMm.width() - usedW) / 2),
        sheet.value(QLatin1String("topMm")).toDouble((t.pageMm.height() - usedH) / 2));
    if (t.sheet.originMm.x() < 0 || t.sheet.originMm.y() < 0
        || t.sheet.originMm.x() + usedW > t.pageMm.width() + 0.01
        || t.sheet.originMm.y() + usedH > t.pageMm.height() + 0.01)
        return templateError(name, BadgeText::tr("the badges do not fit on the page."));

    auto front = parseElements(o.value(QLatin1String("front")).toArray(), name, t.badgeMm);
    if (!front.ok())
        return front.error();
    t.front = front.value();
    if (t.front.isEmpty())
        return templateError(name, BadgeText::tr("the front has no elements."));
    auto back = parseElements(o.value(QLatin1String("back")).toArray(), name, t.badgeMm);
    if (!back.ok())
        return back.error();
    t.back = back.value();
    return t;
}

Result<BadgeTemplate> loadBadgeTemplateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound, BadgeText::tr("The badge template %1 could not be read.").arg(path));
    const QFileInfo info(path);
    return parseBadgeTemplate(file.readAll(), info.completeBaseName(), info.absolutePath());
}

Result<BadgeTemplate> loadBadgeTemplate(const QString &nameOrPath)
{
    if (nameOrPath.endsWith(QLatin1String(".json")) || nameOrPath.contains(QLatin1Char('/')))
        return loadBadgeTemplateFile(nameOrPath);
    const QString resource = QStringLiteral(":/badges/%1.json").arg(nameOrPath);
    if (!QFile::exists(resource))
        return makeError(ErrorCode::NotFound,
            BadgeText::tr("There is no badge template called «%1». Templates: %2.")
                .arg(nameOrPath, builtInBadgeTemplates().join(QStringLiteral(", "))));
    return loadBadgeTemplateFile(resource);
}

QStringList builtInBadgeTemplates()
{
    QStringList names;
    const auto files = QDir(QStringLiteral(":/badges"))
                           .entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        names << f.completeBaseName();
    return names;
}

QString defaultBadgeTemplate()
{
    return QStringLiteral("a6");
}

QString shownTemplateTitle(const BadgeTemplate &tmpl)
{
    // The built-in templates' titles (assets/badges/*.json), for lupdate.
    static const char *const kTitles[] = {
        QT_TRANSLATE_NOOP("BadgeTemplate", "Brother QL, 62 × 100 mm die-cut labels (DK-11202)"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "Brother QL, 62 mm continuous roll (cut at 90 mm)"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "A4 sheet, 8 badges of 90 × 54 mm (2 × 4), crop marks"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "A7 (74 × 105 mm)"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "A6 (105 × 148 mm), front and back"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "Zebra 4 × 3 in labels (101.6 × 76.2 mm)"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "Card 90 × 54 mm"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "A4 sheet, 10 badges of 80 × 50 mm (2 × 5), crop marks"),
        QT_TRANSLATE_NOOP("BadgeTemplate", "Card 60 × 90 mm, portrait"),
    };
    const QByteArray title = tmpl.title.toUtf8();
    for (const char *known : kTitles)
        if (title == known)
            return QCoreApplication::translate("BadgeTemplate", known);
    return tmpl.title;
}

} // namespace oppmote
