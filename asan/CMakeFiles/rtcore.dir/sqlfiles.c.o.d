CMakeFiles/rtcore.dir/sqlfiles.c.o: /work/wt/docs/asan/sqlfiles.c \
 /usr/include/stdc-predef.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \
 /work/wt/docs/include/rectrack/sqlfiles.h
