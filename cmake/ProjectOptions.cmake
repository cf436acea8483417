# Warning and sanitizer settings shared by every target through INTERFACE libraries.
add_library(newsgraph_warnings INTERFACE)
target_compile_options(newsgraph_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
# GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string at -O2 (GCC bug 105329).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(newsgraph_warnings INTERFACE -Wno-restrict)
endif()

add_library(newsgraph_sanitizers INTERFACE)
if(NEWSGRAPH_SANITIZE)
    target_compile_options(newsgraph_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(newsgraph_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(newsgraph_options INTERFACE)
target_link_libraries(newsgraph_options INTERFACE newsgraph_warnings newsgraph_sanitizers)
target_compile_features(newsgraph_options INTERFACE cxx_std_23)
