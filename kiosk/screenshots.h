#pragma once
// `oppmote-kiosk --screenshot-dir DIR`: every screen, in Bokmål, Nynorsk and
// English, at 1920×1080 landscape and 1280×800 portrait, from a sample store.

#include "kiosk_options.h"

namespace oppmote::kiosk {

int writeScreenshots(const KioskOptions &options);

} // namespace oppmote::kiosk
