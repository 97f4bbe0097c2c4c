/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of Xen's <xen/stdint.h> (Xen 4.20 and later), written for the build check from the
 * interface it offers, not taken from Xen: the eight C fixed-width types int8_t..uint64_t,
 * each the compiler's predefined __INTn_TYPE__ / __UINTn_TYPE__, and nothing else (no
 * intptr_t, no limits: uintptr_t and the limits are in <xen/types.h>).
 */
#ifndef MOCK_XEN_STDINT_H
#define MOCK_XEN_STDINT_H

typedef __INT8_TYPE__ int8_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __INT16_TYPE__ int16_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __INT32_TYPE__ int32_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT64_TYPE__ uint64_t;

#endif /* MOCK_XEN_STDINT_H */
