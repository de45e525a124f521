# share/completion/rectrack.bash - bash completion for rectrack(1).
#
# Installed as <datadir>/bash-completion/completions/rectrack, where
# bash-completion loads it on first use; or source it by hand.
#
# It knows nothing of rectrack's commands itself: it asks the program.
# Commands and verbs come from "rectrack help", a command's options from
# the usage lines of "rectrack COMMAND [VERB] --help", committee slugs
# from "rectrack committee list --format csv" and query names from
# "rectrack query --list", in the database the command line names
# (--db PATH, else $RECTRACK_DB, else ./rectrack.db).  So a command or an
# option added to the program completes without a change here.  Each
# completion runs the program a few times; it is small and starts fast.

# The commands, one per line, as "rectrack help" lists them: "init",
# "committee add", ...
_rectrack_commands()
{
	"$1" help 2>/dev/null | awk -F '  +' '
	    /^commands:/ { on = 1; next }
	    on && /^$/ { exit }
	    on && /^  [a-z]/ { print $2 }'
}

# The options of one command: every --option on the usage lines of its
# help (the lines up to the first empty one), and the global ones, the one
# list written here, as no help lists them all (rectrack(1) does).
_rectrack_options()
{
	local bin=$1
	shift
	{
		"$bin" "$@" --help 2>/dev/null | sed -n '/^$/q;p' |
		    tr -cs 'a-zA-Z0-9-' '\n' |
		    grep -xE -- '--[a-zA-Z][a-zA-Z0-9-]*|-[a-zA-Z]'
		printf '%s\n' --db --quiet --allow-network-fs --help
		[ $# -gt 0 ] || echo --version
	} | sort -u
}

# The values --format takes for a command: "--format a|b|c" in its help,
# else what "--format is a, b or c" says there, else the listing formats
# that "rectrack sql --help" names.
_rectrack_formats()
{
	local bin=$1 f
	shift
	f=$("$bin" "$@" --help 2>/dev/null |
	    grep -oE -- '--format (is )?[a-z]+((, |\||,? or )[a-z]+)+' | head -n 1)
	[ -n "$f" ] || f=$("$bin" sql --help 2>/dev/null |
	    grep -oE -- '--format (is )?[a-z]+((, |\||,? or )[a-z]+)+' | head -n 1)
	f=${f#--format }
	f=${f#is }
	printf '%s\n' $f | sed 's/,$//; s/|/\n/g' | grep -vx 'or'
}

# The name the usage line of "rectrack COMMAND [VERB] --help" gives to the
# positional argument number N (from 0): SLUG, ID, NAME, FILE, ...; the
# value of an option (--as-of DATE) is not one.
_rectrack_positional()
{
	local bin=$1 n=${!#}
	set -- "${@:2:$#-2}"
	"$bin" "$@" --help 2>/dev/null | sed -n '1p' |
	    tr -d '[]()|' | sed 's/\.\.\.//g' |
	    awk -v skip="$((2 + $#))" -v n="$n" '{
		for (i = 1 + skip; i <= NF; i++) {
			if ($i ~ /^-/) {
				if ($(i + 1) ~ /^[A-Z]/)
					i++
			} else if ($i ~ /^[A-Z]/ && k++ == n) {
				print $i
				exit
			}
		}
	    }'
}

_rectrack()
{
	local bin=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]}
	local prev= i w db= noun= verb= npos=0 cmds verbs
	local -a dbopt=()

	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	# --opt=value is split at '=' by bash (COMP_WORDBREAKS); complete the
	# value after it.
	if [[ $cur == '=' ]]; then
		cur=
	elif [[ $prev == '=' ]] && ((COMP_CWORD > 1)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	fi

	# What is already on the line: the database, the command and its verb,
	# how many positional arguments follow them.
	cmds=$(_rectrack_commands "$bin")
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--db)
			# "--db=PATH" comes as --db, =, PATH.
			if [[ ${COMP_WORDS[i + 1]} == '=' ]]; then
				((i++))
			fi
			db=${COMP_WORDS[i + 1]}
			((i++))
			;;
		--db=*) db=${w#--db=} ;;
		-*) ;;
		*)
			if [[ -z $noun ]]; then
				noun=$w
			elif [[ -z $verb ]] &&
			    grep -q "^$noun [a-z]" <<<"$cmds"; then
				verb=$w
			else
				((npos++))
			fi
			;;
		esac
	done
	[[ -n $db ]] && dbopt=(--db "$db")

	case $prev in
	--db | --text-file | --file | -f)
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		compopt -o filenames 2>/dev/null
		return
		;;
	--dir)
		mapfile -t COMPREPLY < <(compgen -d -- "$cur")
		compopt -o filenames 2>/dev/null
		return
		;;
	--committee)
		COMPREPLY=($(compgen -W "$("$bin" "${dbopt[@]}" committee list \
		    --format csv 2>/dev/null | sed '1d; s/,.*//')" -- "$cur"))
		return
		;;
	--format)
		COMPREPLY=($(compgen -W "$(_rectrack_formats "$bin" $noun $verb)" \
		    -- "$cur"))
		return
		;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_rectrack_options "$bin" $noun $verb)" \
		    -- "$cur"))
		return
	fi
	# An option that takes a value is followed by that value, which this
	# script cannot guess; offer nothing rather than a wrong word.
	if [[ $prev == --* ]] && [[ -n $noun ]] &&
	    "$bin" $noun $verb --help 2>/dev/null | sed -n '/^$/q;p' |
	    grep -qE -- "\\[?$prev [A-Z]"; then
		return
	fi

	if [[ -z $noun ]]; then
		COMPREPLY=($(compgen -W "$(sed 's/ .*//' <<<"$cmds" | sort -u)" \
		    -- "$cur"))
		return
	fi
	if [[ -z $verb ]] && grep -q "^$noun [a-z]" <<<"$cmds"; then
		COMPREPLY=($(compgen -W "$(sed -n "s/^$noun //p" <<<"$cmds")" \
		    -- "$cur"))
		return
	fi
	# A positional argument: what its usage line calls it says what it is.
	case $(_rectrack_positional "$bin" $noun $verb "$npos") in
	SLUG)
		# committee add makes a new slug; everywhere else it names one.
		[[ "$noun $verb" == "committee add" ]] && return
		COMPREPLY=($(compgen -W "$("$bin" "${dbopt[@]}" committee list \
		    --format csv 2>/dev/null | sed '1d; s/,.*//')" -- "$cur")) ;;
	NAME)
		[[ $noun == query ]] || return
		COMPREPLY=($(compgen -W "$("$bin" "${dbopt[@]}" query --list \
		    2>/dev/null | awk '{ print $1 }')" -- "$cur")) ;;
	COMMAND)
		COMPREPLY=($(compgen -W "$(sed 's/ .*//' <<<"$cmds" | sort -u)" \
		    -- "$cur")) ;;
	VERB)
		COMPREPLY=($(compgen -W "$(sed -n "s/^$prev //p" <<<"$cmds")" \
		    -- "$cur")) ;;
	FILE*)
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		compopt -o filenames 2>/dev/null ;;
	DIR)
		mapfile -t COMPREPLY < <(compgen -d -- "$cur")
		compopt -o filenames 2>/dev/null ;;
	esac
}

complete -F _rectrack rectrack
