#pragma once
// `oppmote-kiosk --screenshot-dir DIR`: every screen of the tour (screen_tour.h)
// in Bokmål, Nynorsk and English at the four kiosk sizes, as PNG files.

#include "kiosk_options.h"

namespace oppmote::kiosk {

int writeScreenshots(const KioskOptions &options);

} // namespace oppmote::kiosk
