# Installation layout and the Debian package (CPack). `cpack -G DEB` in the build folder.

install(FILES "${PROJECT_SOURCE_DIR}/installer/share/io.github.pcitopo.pcitopo.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/installer/share/io.github.pcitopo.pcitopo.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/installer/share/io.github.pcitopo.pcitopo.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

# Debian wants man pages compressed, without timestamps (reproducible).
add_custom_command(
    OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/pcitopo.1.gz"
    COMMAND gzip -9n -c "${PROJECT_SOURCE_DIR}/installer/share/pcitopo.1" > "${CMAKE_CURRENT_BINARY_DIR}/pcitopo.1.gz"
    DEPENDS "${PROJECT_SOURCE_DIR}/installer/share/pcitopo.1"
    VERBATIM)
add_custom_target(pcitopo_manpage ALL DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/pcitopo.1.gz")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/pcitopo.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "pcitopo")
set(CPACK_PACKAGE_VENDOR "The pcitopo developers")
set(CPACK_PACKAGE_CONTACT "The pcitopo developers <pcitopo@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "PCI/PCIe topology editor for libvirt guests")
set(CPACK_PACKAGE_DESCRIPTION "Shows the PCI and PCI Express topology of libvirt virtual machines as a tree and
a diagram, checks the rules of libvirt and QEMU live, rearranges devices by drag
and drop without disturbing the rest of the XML, and exports diagrams.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries from dpkg-shlibdeps; what it cannot see (plugins loaded at run time) by name.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libvirt0 (>= 9.0), libxml2, fonts-dejavu-core")
# Qt's own dialog buttons in the user's language; SASL mechanisms for remote hosts asking a password.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "graphviz, qt6-translations-l10n, libsasl2-modules")
set(CPACK_STRIP_FILES ON)
include(CPack)
