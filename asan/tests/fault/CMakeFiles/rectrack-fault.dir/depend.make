# Empty dependencies file for rectrack-fault.
# This may be replaced when dependencies are built.
