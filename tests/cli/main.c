/*
 * main.c - the command-line test runner: every suite of tests/cli against
 * the built rectrack binary (RT_BIN).
 *
 * The exit status is 0 when every test passed.  RT_CLI_KEEP=1 keeps the
 * temporary directories for a look after a failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <check.h>

#include "harness.h"

int
main(void)
{
	SRunner *sr;
	int failed, ran;

	if (access(RT_BIN, X_OK) != 0) {
		fprintf(stderr, "rt_cli: cannot run %s: build it first\n", RT_BIN);
		return EXIT_FAILURE;
	}
	rt_root_create();
	sr = srunner_create(cli_record_suite());
	srunner_add_suite(sr, cli_bad_input_suite());
	srunner_add_suite(sr, cli_schema_suite());
	srunner_add_suite(sr, cli_query_suite());
	srunner_add_suite(sr, cli_import_suite());
	srunner_add_suite(sr, cli_export_suite());
	srunner_add_suite(sr, cli_attack_suite());
	srunner_add_suite(sr, cli_mistakes_suite());
	srunner_add_suite(sr, cli_publish_suite());
	srunner_add_suite(sr, cli_shapes_suite());
	srunner_add_suite(sr, cli_impact_suite());
	srunner_add_suite(sr, cli_docs_suite());
	srunner_add_suite(sr, cli_structure_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	ran = srunner_ntests_run(sr);
	srunner_free(sr);
	rt_root_remove();
	if (ran == 0) /* CK_RUN_SUITE names no suite added above */
		fprintf(stderr, "rt_cli: no test ran\n");
	return failed == 0 && ran > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
