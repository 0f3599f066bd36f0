#!/usr/bin/env bash
# Installs the Debian 12 packages Nido needs to build, run and test; does nothing when all are present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qt-labs-settings qml6-module-qt-labs-platform qml6-module-qt-labs-qmlmodels qml6-module-qt-labs-folderlistmodel
  qml6-module-qtcore qt6-charts-dev qml6-module-qtcharts libqt6sql6-psql qml6-module-qttest
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libpq-dev qtkeychain-qt6-dev
  postgresql postgresql-contrib xvfb xauth desktop-file-utils appstream poppler-utils python3
  dbus at-spi2-core python3-pyatspi libqt6svg6
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "nido: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
