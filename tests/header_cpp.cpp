// header_cpp.cpp - the umbrella header compiled as C++ (extern "C", no C-only syntax).
#include <karier.h>

int main() { return karier_version_number() == KARIER_VERSION_NUMBER ? 0 : 1; }
