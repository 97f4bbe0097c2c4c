# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
# docs/rules.md is the output of `ffa-validate rules --markdown` over corpus/. This script
# writes it (target rules-doc) or compares the committed copy with it (test
# docs.rules-md-current):
#
#   cmake -DFFAV_CLI=<ffa-validate> -DFFAV_CORPUS=<corpus dir> -DFFAV_DOC=<docs/rules.md>
#         -DFFAV_MODE=write|check [-DFFAV_BINARY_DIR=<build dir>]
#         [-DFFAV_EMULATOR=<runner;args>] -P cmake/rules-doc.cmake
#
# FFAV_EMULATOR is CMAKE_CROSSCOMPILING_EMULATOR of a cross build (qemu runs the command),
# its list items separated by '|' (a ';' would split the -D argument).
foreach(v FFAV_CLI FFAV_CORPUS FFAV_DOC FFAV_MODE)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "rules-doc.cmake: ${v} is not set")
  endif()
endforeach()

string(REPLACE "|" ";" emulator "${FFAV_EMULATOR}")
execute_process(
  COMMAND ${emulator} ${FFAV_CLI} rules --markdown --corpus ${FFAV_CORPUS}
  OUTPUT_VARIABLE fresh
  ERROR_VARIABLE errors
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ffa-validate rules --markdown failed (${rc}):\n${errors}")
endif()

if(EXISTS ${FFAV_DOC})
  file(READ ${FFAV_DOC} committed)
else()
  set(committed "")
endif()

if(FFAV_MODE STREQUAL "write")
  if(fresh STREQUAL committed)
    message(STATUS "${FFAV_DOC} is up to date")
  else()
    file(WRITE ${FFAV_DOC} "${fresh}")
    message(STATUS "wrote ${FFAV_DOC}")
  endif()
elseif(FFAV_MODE STREQUAL "check")
  if(fresh STREQUAL committed)
    message(STATUS "${FFAV_DOC} matches `ffa-validate rules --markdown`")
    return()
  endif()
  if(NOT FFAV_BINARY_DIR)
    set(FFAV_BINARY_DIR "<build dir>")
  endif()
  set(fresh_file ${FFAV_BINARY_DIR}/rules.md.fresh)
  file(WRITE ${fresh_file} "${fresh}")
  find_program(FFAV_DIFF diff)
  if(FFAV_DIFF)
    execute_process(COMMAND ${FFAV_DIFF} -u ${FFAV_DOC} ${fresh_file})
  else()
    message("(no diff program: compare ${FFAV_DOC} with ${fresh_file})")
  endif()
  message(FATAL_ERROR
    "${FFAV_DOC} differs from `ffa-validate rules --markdown` (the rule table or the corpus "
    "changed). Regenerate it and commit the result:\n"
    "  cmake --build ${FFAV_BINARY_DIR} --target rules-doc")
else()
  message(FATAL_ERROR "rules-doc.cmake: FFAV_MODE is write or check, not '${FFAV_MODE}'")
endif()
