# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
# Quality targets, included from the top-level CMakeLists.txt. None of them
# is part of `all`; each runs a script that also works on its own (docs/quality.md,
# docs/verification.md):
#   mutation          scripts/mutate.py in BUILD/mutation (FFAV_MUTATION_ARGS, below)
#   static-analysis   scripts/static-analysis.sh          (clang-tidy, cppcheck, clang-format)
#   verify            scripts/verify.sh                   (Frama-C EVA, 0 alarms)
#   coverage          scripts/coverage.sh --no-build      (a FFAV_COVERAGE=ON build, built first)
#   bench             bench/run.sh                        (the benchmark table)
# The full run of docs/quality.md: every mutant of lib/, built with clang's UBSan, against
# the unit tests, vectors, responses, scenarios, rules and CLI (not the fuzz replays).
set(FFAV_MUTATION_ARGS "--ubsan --cmake-arg=-DFFAV_BUILD_REPLAY=OFF --cmake-arg=-DCMAKE_C_FLAGS=-g0 --cmake-arg=-DCMAKE_BUILD_TYPE="
  CACHE STRING
  "Arguments of scripts/mutate.py for the mutation target, e.g. --sample 50 --files lib/check.c")
separate_arguments(_ffav_mutation_args UNIX_COMMAND "${FFAV_MUTATION_ARGS}")

find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
  add_custom_target(mutation
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/mutate.py
      --build-dir ${CMAKE_BINARY_DIR}/mutation ${_ffav_mutation_args}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Mutation testing of lib/ (report: ${CMAKE_BINARY_DIR}/mutation/report.md)"
    USES_TERMINAL VERBATIM)
endif()

add_custom_target(static-analysis
  COMMAND ${PROJECT_SOURCE_DIR}/scripts/static-analysis.sh ${CMAKE_BINARY_DIR}/static-analysis
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} USES_TERMINAL VERBATIM)

add_custom_target(verify
  COMMAND ${PROJECT_SOURCE_DIR}/scripts/verify.sh ${CMAKE_BINARY_DIR}/verify
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} USES_TERMINAL VERBATIM)

if(FFAV_COVERAGE)
  add_custom_target(coverage
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/coverage.sh --no-build ${CMAKE_BINARY_DIR}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} USES_TERMINAL VERBATIM)
endif()

if(EXISTS ${PROJECT_SOURCE_DIR}/bench/run.sh)
  add_custom_target(bench
    COMMAND ${PROJECT_SOURCE_DIR}/bench/run.sh ${CMAKE_BINARY_DIR}/bench-run
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} USES_TERMINAL VERBATIM)
endif()
