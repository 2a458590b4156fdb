# Flags shared by every target of the project, linked PRIVATE.
add_library(inception_options INTERFACE)
target_compile_features(inception_options INTERFACE cxx_std_${INCEPTION_CXX_STANDARD})
target_compile_options(inception_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter>)
set(CMAKE_CXX_EXTENSIONS OFF)

# Sanitizers, on every target of the project (third-party libraries stay uninstrumented):
#   INCEPTION_SANITIZE=address,undefined  ASan + UBSan, stopping at the first report
#   INCEPTION_SANITIZE=thread             TSan
# INCEPTION_FUZZ adds libFuzzer's coverage instrumentation (clang only; tests/fuzz links the
# fuzzer's main into its targets). INCEPTION_WERROR turns warnings into errors.
set(INCEPTION_SANITIZE "" CACHE STRING "Sanitizers: address,undefined | thread | empty for none")
option(INCEPTION_FUZZ "Build the fuzz targets on libFuzzer (clang)" OFF)
option(INCEPTION_WERROR "Warnings are errors" OFF)
if(INCEPTION_SANITIZE STREQUAL "address,undefined")
  # vptr checks need every library's type information; LibTorch's is not ours to check.
  set(_san -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=undefined)
elseif(INCEPTION_SANITIZE STREQUAL "thread")
  set(_san -fsanitize=thread)
elseif(INCEPTION_SANITIZE)
  message(FATAL_ERROR "INCEPTION_SANITIZE: 'address,undefined' or 'thread', not '${INCEPTION_SANITIZE}'")
endif()
if(INCEPTION_SANITIZE)
  target_compile_options(inception_options INTERFACE ${_san} -fno-omit-frame-pointer -g)
  target_link_options(inception_options INTERFACE ${_san})
endif()
if(INCEPTION_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "INCEPTION_FUZZ needs clang (Debian: clang-14 and libfuzzer-14-dev)")
  endif()
  target_compile_options(inception_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(INCEPTION_WERROR)
  target_compile_options(inception_options INTERFACE -Werror)
endif()
