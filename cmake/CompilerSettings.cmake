# Warnings, sanitizers and Qt defines shared by every target of the project.
add_library(mlc_build_settings INTERFACE)

target_compile_options(mlc_build_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-align -Wformat=2)
if(MLC_WERROR)
    target_compile_options(mlc_build_settings INTERFACE -Werror)
endif()

# Pointer-to-member connect only, explicit string conversions, no Qt keywords that clash with other libraries.
target_compile_definitions(mlc_build_settings INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MLC_VERSION="${PROJECT_VERSION}")

if(MLC_SANITIZE)
    target_compile_options(mlc_build_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(mlc_build_settings INTERFACE -fsanitize=address,undefined)
endif()
