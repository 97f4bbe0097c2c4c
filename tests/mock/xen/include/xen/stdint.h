/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Mock of Xen's <xen/stdint.h>: the C fixed-width names, from the compiler's predefined types. */
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
typedef __UINTPTR_TYPE__ uintptr_t;

#endif /* MOCK_XEN_STDINT_H */
