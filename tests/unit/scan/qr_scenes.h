#pragma once
// Test scenes for the QR round trip: a generated code placed in a camera-
// sized frame, and the distortions a real camera adds. All deterministic.

#include <QImage>
#include <QString>

namespace oppmote::test {

// A grey `frameSize` frame with a faint texture; the code (quiet zone
// included) drawn at `pixelsPerModule`, centred, unless `pixelsPerModule`
// is 0 (no code in view).
QImage sceneWithCode(const QImage &code, QSize frameSize, double pixelsPerModule, int seed = 1);

QImage rotated(const QImage &frame, double degrees);
// The frame seen at an angle: the top edge shrinks by `tilt` (0..1) of its width.
QImage perspective(const QImage &frame, double tilt);
QImage blurred(const QImage &frame, int radius); // ~Gaussian, 3 box passes
QImage noisy(const QImage &frame, double sigma, int seed = 7);
// Maps black→`dark`, white→`light`.
QImage lowContrast(const QImage &frame, int dark, int light);
// A bright elliptical highlight over the code's upper right, `strength` 0..1.
QImage glare(const QImage &frame, double strength);
QImage inverted(const QImage &frame);
// A phone showing the code: a visible pixel grid (moiré once resampled),
// photographed at an angle with a reflection. Simulated, not a real photo.
QImage phoneScreenPhoto(const QImage &code, QSize frameSize);

} // namespace oppmote::test
