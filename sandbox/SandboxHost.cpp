#include "SandboxHost.h"
