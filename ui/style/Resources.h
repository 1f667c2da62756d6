#pragma once

// The icons live in a .qrc compiled into the static qkui library; this
// makes sure they are linked in and registered (call once, before use).
namespace Resources {
void init();
}
