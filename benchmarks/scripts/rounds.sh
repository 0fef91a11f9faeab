# Interleaved timing shared by the build scripts (sourced, not run). Every entry of the caller's `variants` array,
# "label|prep|command", runs once per round, in an order rotated each round so that load from other processes falls
# on all of them alike; the prep (an edit) runs before the clock starts.
# run_rounds TSV WARMUPS ROUNDS [LOADS] writes "label<TAB>round<TAB>exit code<TAB>seconds" per timed run to TSV;
# LOADS, when given, gets the load averages at the start of each round and at the end.
run_rounds() {
  local tsv="$1" warmups="$2" rounds="$3" loads="${4:-}"
  local n=${#variants[@]} r k v label rest prep cmd t0 t1 rc
  : > "$tsv"
  for ((r = 0; r < warmups + rounds; r++)); do
    [ -n "$loads" ] && cut -d' ' -f1-3 /proc/loadavg >> "$loads"
    for ((k = 0; k < n; k++)); do
      v="${variants[$(( (k + r) % n ))]}"
      label="${v%%|*}"; rest="${v#*|}"; prep="${rest%%|*}"; cmd="${rest#*|}"
      bash -c "$prep" >/dev/null 2>&1
      t0=$(date +%s%N)
      bash -c "$cmd" >/dev/null 2>&1; rc=$?
      t1=$(date +%s%N)
      if [ $r -ge "$warmups" ]; then printf '%s\t%d\t%d\t%.3f\n' "$label" $((r - warmups)) $rc "$(echo "($t1 - $t0) / 1000000000" | bc -l)" >> "$tsv"; fi
    done
  done
  [ -n "$loads" ] && cut -d' ' -f1-3 /proc/loadavg >> "$loads"
  return 0
}
