# cmake -DCOMMITTED=docs/cli.md -DGENERATED=build/packaging/gen/cli.md -P check_fresh.cmake
# Fails when the committed CLI reference differs from the generator's output.
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${COMMITTED} ${GENERATED}
    RESULT_VARIABLE different)
if(different)
    message(FATAL_ERROR "${COMMITTED} is stale: the verb table changed. Regenerate it with:\n"
        "  cmake --build build && cp ${GENERATED} ${COMMITTED}")
endif()
