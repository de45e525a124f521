file(REMOVE_RECURSE
  "librtcore.a"
)
