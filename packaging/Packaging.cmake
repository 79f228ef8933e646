# Installing and packaging. On Linux: the three programs, the desktop entry, the AppStream metadata, the icon in
# the hicolor theme and the systemd units, packed by CPack into a Debian package (`cpack -G DEB` in the build
# folder, or `cmake --build build --target package`). The translations are compiled into the programs (:/i18n).
# Windows (WiX) and macOS (DragNDrop) settings are here for when the project is built there; see the README.
include(GNUInstallDirs)

set(MLC_APP_ID "com.mlconnector.MlConnector") # the reverse-DNS id; main.cpp sets the same desktop file name

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${MLC_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${MLC_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/ml-connector.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${MLC_APP_ID}.svg)
    # The tray's monochrome states, for desktops that theme status icons by name.
    foreach(state idle syncing paused error)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/tray-${state}.svg
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/symbolic/apps
                RENAME ${MLC_APP_ID}-${state}-symbolic.svg)
    endforeach()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/system/ml-connector.service
            DESTINATION lib/systemd/system)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/user/ml-connector.service
            DESTINATION lib/systemd/user)
endif()

set(CPACK_PACKAGE_NAME "ml-connector")
set(CPACK_PACKAGE_VENDOR "ml-connector")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ml-connector reads vendors, customers, purchase and sales invoices and orders from Microsoft Dynamics 365 "
    "Business Central and keeps one monday.com item per record current. It is a desktop application for admins "
    "(ml-connector), the same engine headless for servers (ml-connector-cli, with systemd units), and local "
    "simulators of both services (ml-connector-sandbox).")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "ml-connector maintainers <maintainers@ml-connector.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ml-connector")
set(CPACK_PACKAGE_EXECUTABLES "ml-connector" "ml-connector")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # WiX 3 (candle/light on PATH): an MSI with a Start menu entry; the upgrade code stays the same for ever, so a
    # newer MSI replaces an older one. windeployqt should run over the install tree first to add the Qt DLLs.
    set(CPACK_GENERATOR "WIX")
    set(CPACK_WIX_UPGRADE_GUID "6F0B7D2C-3F4E-4C55-9B1E-2A6F8E5D7C41")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "ml-connector")
elseif(APPLE)
    # A disk image to drag the app bundle from; macdeployqt should run over the bundle first.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "ml-connector")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # dpkg-shlibdeps finds the libraries the programs link (Qt 6, QtKeychain); what Qt loads at run time as
    # plugins it cannot see, so those are named: the SQLite driver, the platform plugins, SVG for the icons.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
    # A keyring for the desktop's secrets where none is installed yet.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
endif()

include(CPack)
