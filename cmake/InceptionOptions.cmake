# Flags shared by every target of the project, linked PRIVATE.
add_library(inception_options INTERFACE)
target_compile_features(inception_options INTERFACE cxx_std_${INCEPTION_CXX_STANDARD})
target_compile_options(inception_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter>)
set(CMAKE_CXX_EXTENSIONS OFF)
