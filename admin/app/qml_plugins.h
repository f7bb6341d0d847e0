#pragma once
// The desk's QML modules are static libraries: include this header in
// exactly one source file of each executable (main.cpp, each test).

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Oppmote_AdminPlugin)
Q_IMPORT_QML_PLUGIN(Oppmote_UiPlugin)
