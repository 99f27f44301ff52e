/* policy_settings.h - ids of the policy settings; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_POLICY_SETTINGS_H
#define KR_POLICY_SETTINGS_H

enum kr_setting_id {
#define KR_SET(id, key, type, def, min, max, cite, desc) KR_##id,
#include "policy_settings.def"
#undef KR_SET
	KR_SETTING_COUNT
};

#endif
