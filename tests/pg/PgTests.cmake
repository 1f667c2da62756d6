# The suites of model/, cli/, dispatcher/ and io/ run a second time on
# PostgreSQL: the same executables as <name>_pg, with QKANBAN_TEST_PG_URL_FILE
# naming the URL of a private server (tests/pg/pg-server.sh) that the
# fixture tests pg_server_start and pg_server_stop run around them.
# Included by tests/CMakeLists.txt before the suites, which call
# qkanban_add_pg_test(<test> <executable>) after their add_test.
# The _pg tests (on by default when PostgreSQL is installed; -DQKANBAN_PG_TESTS=OFF
# leaves them out; ctest -L pg runs only them).
option(QKANBAN_PG_TESTS "Run the suites on PostgreSQL too when it is installed" ON)
file(GLOB QK_PG_INITDB /usr/lib/postgresql/*/bin/initdb)
if(NOT QKANBAN_PG_TESTS)
    set(QK_PG_INITDB "")
elseif(QK_PG_INITDB)
    set(QK_PG_DIR ${CMAKE_BINARY_DIR}/pg)
    add_test(NAME pg_server_start
             COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/pg-server.sh start ${QK_PG_DIR})
    add_test(NAME pg_server_stop
             COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/pg-server.sh stop ${QK_PG_DIR})
    set_tests_properties(pg_server_start PROPERTIES FIXTURES_SETUP pg LABELS pg TIMEOUT 120)
    set_tests_properties(pg_server_stop PROPERTIES FIXTURES_CLEANUP pg LABELS pg TIMEOUT 120)
else()
    message(STATUS "PostgreSQL (initdb) not found: the suites run on SQLite only "
                   "(install the Debian package postgresql for the _pg tests)")
endif()

# <test>_pg: <executable> with the test's environment, labels and timeout,
# plus the server's URL file and the label pg.
function(qkanban_add_pg_test test executable)
    if(NOT QK_PG_INITDB)
        return()
    endif()
    get_test_property(${test} ENVIRONMENT env)
    get_test_property(${test} LABELS labels)
    get_test_property(${test} TIMEOUT timeout)
    if(NOT env)
        set(env "")
    endif()
    if(NOT labels)
        set(labels "")
    endif()
    list(APPEND env "QKANBAN_TEST_PG_URL_FILE=${QK_PG_DIR}/url")
    list(APPEND labels pg)
    add_test(NAME ${test}_pg COMMAND ${executable})
    set_tests_properties(${test}_pg PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${labels}"
        FIXTURES_REQUIRED pg)
    if(timeout)
        set_tests_properties(${test}_pg PROPERTIES TIMEOUT ${timeout})
    endif()
endfunction()
