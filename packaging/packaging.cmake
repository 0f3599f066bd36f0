install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.nido.Nido.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.nido.Nido.metainfo.xml DESTINATION share/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.nido.Nido.svg DESTINATION share/icons/hicolor/scalable/apps)
# A user timer that deletes expired memories hourly; installed disabled: a caregiver enables it with
# `systemctl --user enable --now nido-purge-expired.timer`.
include(GNUInstallDirs)
configure_file(${CMAKE_CURRENT_LIST_DIR}/systemd/nido-purge-expired.service.in
               ${CMAKE_CURRENT_BINARY_DIR}/nido-purge-expired.service @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/nido-purge-expired.service ${CMAKE_CURRENT_LIST_DIR}/systemd/nido-purge-expired.timer
        DESTINATION lib/systemd/user)

set(CPACK_PACKAGE_NAME nido)
set(CPACK_PACKAGE_VENDOR "Nido")
set(CPACK_PACKAGE_CONTACT "Nido developers")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The QML modules the window imports are not libraries shlibdeps can see: each import of ui/ maps to
# its Debian package here, and an import without one stops the configuration, so that the package
# never installs a window that cannot open.
set(nido_qml_packages
    "QtQuick=qml6-module-qtquick"
    "QtQuick.Controls=qml6-module-qtquick-controls"
    "QtQuick.Templates=qml6-module-qtquick-templates"
    "QtQuick.Layouts=qml6-module-qtquick-layouts"
    "QtQuick.Dialogs=qml6-module-qtquick-dialogs"
    "QtCharts=qml6-module-qtcharts"
    "QtCore=qml6-module-qtcore"
    "Qt.labs.platform=qml6-module-qt-labs-platform")
# What those modules load in turn (Controls' styles their templates, Qt Quick its worker scripts).
set(nido_debian_depends postgresql libqt6sql6-psql qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtqml-models
    qml6-module-qtquick-window qml6-module-qtquick-templates)
file(GLOB_RECURSE nido_qml_sources ${PROJECT_SOURCE_DIR}/ui/*.qml)
foreach(source IN LISTS nido_qml_sources)
    file(STRINGS ${source} imports REGEX "^import [A-Za-z.]+")
    foreach(line IN LISTS imports)
        string(REGEX REPLACE "^import ([A-Za-z.]+).*" "\\1" module "${line}")
        if(module MATCHES "^Nido\\.")
            continue()
        endif()
        set(package "")
        foreach(entry IN LISTS nido_qml_packages)
            if(entry MATCHES "^${module}=(.+)$")
                set(package ${CMAKE_MATCH_1})
            endif()
        endforeach()
        if(NOT package)
            message(FATAL_ERROR "${source} imports ${module}: name its Debian package in packaging/packaging.cmake")
        endif()
        list(APPEND nido_debian_depends ${package})
    endforeach()
endforeach()
list(REMOVE_DUPLICATES nido_debian_depends)
list(JOIN nido_debian_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
include(CPack)
