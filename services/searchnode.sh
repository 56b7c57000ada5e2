# A search node (OpenSearch 2, resolved from Maven Central by services/pom.xml) in one JVM,
# on a free loopback port, with its data under var/. Source it.
# shellcheck shell=bash

SEARCH_DIR="$VAR/searchnode"
SEARCH_PIDFILE="$VAR/searchnode.pid"
SEARCH_CLASSPATH="$VAR/searchnode.classpath"

searchnode_classpath() {
  command -v java >/dev/null && command -v mvn >/dev/null || apt_install openjdk-17-jdk-headless maven
  if [ ! -s "$SEARCH_CLASSPATH" ] || [ "$ROOT/services/pom.xml" -nt "$SEARCH_CLASSPATH" ]; then
    log "resolving the search node from Maven Central (cached in ~/.m2)"
    mvn -q -B -f "$ROOT/services/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$SEARCH_CLASSPATH" >"$VAR/searchnode-maven.log" 2>&1 \
      || die "Maven could not resolve the search node, see var/searchnode-maven.log"
  fi
}

searchnode_start() {
  searchnode_classpath
  local port
  port="$(free_port)"
  rm -rf "$SEARCH_DIR"
  mkdir -p "$SEARCH_DIR"
  log "starting the search node on 127.0.0.1:$port"
  java -Xms1g -Xmx1g -XX:+UseG1GC -cp "$(cat "$SEARCH_CLASSPATH")" \
    "$ROOT/services/SearchNode.java" "$SEARCH_DIR" "$port" >"$VAR/searchnode.log" 2>&1 &
  echo $! >"$SEARCH_PIDFILE"
  export SEARCH_NODE_PID=$!  # the outage test pauses and resumes the node
  export ELASTICSEARCH_URL="http://127.0.0.1:$port"
  local pid deadline=$((SECONDS + 180))
  pid="$(cat "$SEARCH_PIDFILE")"
  until curl -fsS "$ELASTICSEARCH_URL/_cluster/health?wait_for_status=green&timeout=1s" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || die "the search node exited while starting, see var/searchnode.log"
    [ "$SECONDS" -lt "$deadline" ] || die "the search node was not healthy after 180 s, see var/searchnode.log"
    sleep 0.5
  done
  log "search node is up"
}

searchnode_stop() {
  stop_pid "search node" "$SEARCH_PIDFILE"
}
