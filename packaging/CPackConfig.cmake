# Packages: a Debian package (its dependencies computed by dpkg-shlibdeps from the programs'
# libraries) and a .tar.gz of the installed tree. `cpack --config build/CPackConfig.cmake`.
set(CPACK_PACKAGE_NAME "inception-explorer")
set(CPACK_PACKAGE_VENDOR "Inception Explorer developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Teach and inspect the Inception convolutional networks")
set(CPACK_PACKAGE_DESCRIPTION
    "Inception Explorer draws GoogLeNet, BN-Inception, Inception-v3, Inception-v4 and\n"
    "Inception-ResNet-v2 as interactive block diagrams, classifies dropped images and live\n"
    "camera frames, and shows what each branch of a module computed. Weight-compatible with\n"
    "torchvision, Cadene and timm. Includes inception-cli, the same networks from a terminal.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})  # the Debian long description
set(CPACK_PACKAGE_CONTACT "Inception Explorer developers <inception-explorer@users.noreply.github.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "inception-explorer")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/inception-explorer/inception-explorer")
# Qt loads its platform and image plugins at run time (no shared-library link to find them).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
include(CPack)
