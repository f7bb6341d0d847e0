#pragma once
// `oppmote-admin --screenshot-dir DIR`: every page of the desk on the given
// database, saved as admin-<page>-<language>.png (docs/screenshots).

#include "admin_options.h"

namespace oppmote::admin {

int writeScreenshots(const AdminOptions &options);

} // namespace oppmote::admin
