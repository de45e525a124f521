/*
 * fault_main.c - main() of rectrack-fault, the test-only build of the
 * program: src/main.c compiled with RT_MAIN_NAME=rt_main, run after the
 * fault injection of fault.h is installed from the environment.
 *
 * Without RT_FAULT_AT and RT_OOM_AT the program behaves as rectrack does;
 * it only counts, for RT_FAULT_COUNT_FILE.
 */
#include "fault.h"

/* src/main.c, renamed. */
int rt_main(int argc, char **argv);

int
main(int argc, char **argv)
{
	int rc;

	/* 125: the test build itself failed, not the command. */
	if (fault_setup() != 0)
		return 125;
	rc = rt_main(argc, argv);
	fault_report();
	return rc;
}
