/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Mock of Xen's <xen/stdbool.h>. */
#ifndef MOCK_XEN_STDBOOL_H
#define MOCK_XEN_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0

#endif /* MOCK_XEN_STDBOOL_H */
