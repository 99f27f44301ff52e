/* version.c - run-time version. SPDX-License-Identifier: MIT */
#include "internal.h"

int32_t karier_version_number(void) { return KARIER_VERSION_NUMBER; }
const char *karier_version_string(void) { return KARIER_VERSION_STRING; }
int32_t karier_abi_version(void) { return KARIER_ABI_VERSION; }
