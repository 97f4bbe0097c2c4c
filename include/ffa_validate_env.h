/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Environment shim for libffa_validate, in the manner of libfdt_env.h.
 *
 * The library needs only fixed-width integers, size_t and bool. A host that
 * has no C library (a kernel, a hypervisor, firmware) either defines
 * FFAV_ENV_HEADER to the name of its own header, which must provide
 * uint8_t, uint16_t, uint32_t, uint64_t, int32_t, size_t, bool, true, false
 * and NULL, or shadows this file with one of its own earlier in the include
 * path (see contrib/).
 */
#ifndef FFA_VALIDATE_ENV_H
#define FFA_VALIDATE_ENV_H

#ifdef FFAV_ENV_HEADER
#include FFAV_ENV_HEADER
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

#endif /* FFA_VALIDATE_ENV_H */
