# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
# The library's sources, for CMake builds; contrib/ has the same list for Kbuild and Xen.
set(FFAV_LIB_DIR ${CMAKE_CURRENT_LIST_DIR})
file(GLOB FFAV_LIB_SOURCES CONFIGURE_DEPENDS ${FFAV_LIB_DIR}/*.c)
list(SORT FFAV_LIB_SOURCES)
