/* header_c.c - the umbrella header alone, compiled as strict C11 -pedantic -Werror. */
#include <karier.h>

int main(void) { return karier_version_number() == KARIER_VERSION_NUMBER ? 0 : 1; }
