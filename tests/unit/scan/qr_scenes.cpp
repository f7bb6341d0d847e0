#include "qr_scenes.h"

#include <QPainter>
#include <QRadialGradient>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <random>

namespace oppmote::test {

namespace {

QImage grey(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QImage transformed(const QImage &frame, const QTransform &t)
{
    QImage out(frame.size(), QImage::Format_Grayscale8);
    out.fill(128);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(t);
    p.drawImage(0, 0, frame);
    return out;
}

} // namespace

QImage sceneWithCode(const QImage &code, QSize frameSize, double pixelsPerModule, int seed)
{
    QImage frame(frameSize, QImage::Format_Grayscale8);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> texture(120, 170);
    for (int y = 0; y < frame.height(); ++y) {
        uchar *row = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x)
            row[x] = uchar((texture(rng) + 3 * (((x / 40) + (y / 40)) % 2 ? 150 : 110)) / 4);
    }
    if (pixelsPerModule > 0) {
        // The code image has one pixel per module.
        const double side = code.width() * pixelsPerModule;
        const QRectF target((frame.width() - side) / 2, (frame.height() - side) / 2, side, side);
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform, std::floor(pixelsPerModule) != pixelsPerModule);
        p.drawImage(target, code);
    }
    return frame;
}

QImage rotated(const QImage &frame, double degrees)
{
    QTransform t;
    t.translate(frame.width() / 2.0, frame.height() / 2.0);
    t.rotate(degrees);
    t.translate(-frame.width() / 2.0, -frame.height() / 2.0);
    return transformed(frame, t);
}

QImage perspective(const QImage &frame, double tilt)
{
    const double w = frame.width();
    const double h = frame.height();
    const QPolygonF from { QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h) };
    const double inset = w * tilt / 2;
    const QPolygonF to { QPointF(inset, h * tilt / 4), QPointF(w - inset, h * tilt / 4), QPointF(w, h),
        QPointF(0, h) };
    QTransform t;
    QTransform::quadToQuad(from, to, t);
    return transformed(frame, t);
}

QImage blurred(const QImage &input, int radius)
{
    QImage a = grey(input);
    if (radius <= 0)
        return a;
    const int w = a.width(), h = a.height();
    QImage b(a.size(), QImage::Format_Grayscale8);
    auto pass = [&](const QImage &src, QImage &dst, bool horizontal) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                int sum = 0, n = 0;
                for (int d = -radius; d <= radius; ++d) {
                    const int sx = horizontal ? std::clamp(x + d, 0, w - 1) : x;
                    const int sy = horizontal ? y : std::clamp(y + d, 0, h - 1);
                    sum += src.constScanLine(sy)[sx];
                    ++n;
                }
                dst.scanLine(y)[x] = uchar(sum / n);
            }
        }
    };
    for (int i = 0; i < 3; ++i) {
        pass(a, b, true);
        pass(b, a, false);
    }
    return a;
}

QImage noisy(const QImage &input, double sigma, int seed)
{
    QImage out = grey(input);
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0, sigma);
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            row[x] = uchar(std::clamp(int(row[x] + n(rng)), 0, 255));
    }
    return out;
}

QImage lowContrast(const QImage &input, int dark, int light)
{
    QImage out = grey(input);
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            row[x] = uchar(dark + (light - dark) * row[x] / 255);
    }
    return out;
}

QImage glare(const QImage &input, double strength)
{
    QImage out = grey(input);
    const double cx = out.width() * 0.55, cy = out.height() * 0.42;
    const double r = out.height() * 0.22;
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            const double d = std::hypot((x - cx) / 1.6, y - cy) / r;
            const double a = strength * std::exp(-d * d);
            row[x] = uchar(row[x] + (255 - row[x]) * a);
        }
    }
    return out;
}

QImage inverted(const QImage &input)
{
    QImage out = grey(input);
    out.invertPixels();
    return out;
}

QImage phoneScreenPhoto(const QImage &code, QSize frameSize)
{
    // The screen: dark mode off, each module 7 screen pixels, and a dark gap
    // between screen pixels (the pixel grid a camera resolves up close).
    const int ppm = 7;
    QImage screen(code.width() * ppm * 3, code.height() * ppm * 3, QImage::Format_Grayscale8);
    for (int y = 0; y < screen.height(); ++y) {
        uchar *row = screen.scanLine(y);
        for (int x = 0; x < screen.width(); ++x) {
            const bool dark = code.pixel(x / (3 * ppm), y / (3 * ppm)) == qRgb(0, 0, 0);
            const bool gap = (x % 3 == 2) || (y % 3 == 2);
            const int lit = dark ? 30 : 225;
            row[x] = uchar(gap ? lit * 0.55 : lit);
        }
    }
    // Photographed: scaled down by a non-integer factor (moiré from the grid),
    // at an angle, with a reflection of a window.
    QImage frame(frameSize, QImage::Format_Grayscale8);
    frame.fill(40); // the phone's bezel and a dark desk
    const double side = frameSize.height() * 0.7;
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QTransform t;
    const QPolygonF from { QPointF(0, 0), QPointF(screen.width(), 0),
        QPointF(screen.width(), screen.height()), QPointF(0, screen.height()) };
    const double x0 = (frameSize.width() - side) / 2, y0 = (frameSize.height() - side) / 2;
    const QPolygonF to { QPointF(x0 + side * 0.06, y0), QPointF(x0 + side * 0.97, y0 + side * 0.05),
        QPointF(x0 + side, y0 + side), QPointF(x0, y0 + side * 0.96) };
    QTransform::quadToQuad(from, to, t);
    p.setTransform(t);
    p.drawImage(0, 0, screen);
    p.end();
    return noisy(glare(frame, 0.45), 6, 3);
}

} // namespace oppmote::test
