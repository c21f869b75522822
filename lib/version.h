#pragma once

#include <QString>

// The application's version, as CMake's project() sets it.
QString applicationVersion();
// One line for --version and the About box: this version and the libraries it runs on.
QString versionBanner();
