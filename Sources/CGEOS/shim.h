#ifndef FRONTLINE_CGEOS_SHIM_H
#define FRONTLINE_CGEOS_SHIM_H
#include <geos_c.h>
#endif
