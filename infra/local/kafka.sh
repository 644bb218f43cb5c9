#!/usr/bin/env bash
# Apache Kafka 3.9 in KRaft single-node mode from Maven Central jars (no Docker, no ZooKeeper).
# kafka.sh install|up|down|status
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KAFKA_VERSION=3.9.1
PORT="${NEWSFLOW_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${NEWSFLOW_KAFKA_CONTROLLER_PORT:-9093}"
LIBS="$NF_CACHE/kafka-$KAFKA_VERSION/libs"
DIR="$NF_DATA/kafka"

install() {
  [ -f "$LIBS/.complete" ] && return 0
  need_tool java "Kafka needs a Java 17+ runtime (apt-get install openjdk-17-jre-headless)"
  need_tool mvn "Kafka's jars are fetched from Maven Central with Maven (apt-get install maven)"
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central"
  rm -rf "$LIBS"
  mkdir -p "$NF_CACHE"
  mvn -B -Dstyle.color=never -f "$NF_ROOT/infra/local/kafka/pom.xml" dependency:copy-dependencies \
    -Dkafka.version="$KAFKA_VERSION" -DincludeScope=runtime -DoutputDirectory="$LIBS" \
    >"$NF_CACHE/kafka-maven.log" 2>&1 || { tail -n 40 "$NF_CACHE/kafka-maven.log" >&2; die "fetching Kafka's jars failed (log: $NF_CACHE/kafka-maven.log)"; }
  touch "$LIBS/.complete"
}

configure() {
  mkdir -p "$DIR/logs"
  cat > "$DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$NF_HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$NF_HOST:$PORT,CONTROLLER://$NF_HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$NF_HOST:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DIR/logs
# Topics are created by the project (explicit partitions), never implicitly by a stray producer.
auto.create.topics.enable=false
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
# Room for large pages; producers compress, and the parser stores the raw page once.
message.max.bytes=10485760
PROPS
  cat > "$DIR/log4j.properties" <<PROPS
log4j.rootLogger=WARN, file
log4j.logger.kafka=INFO
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$DIR/server.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
}

java_cmd() {
  java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$DIR/log4j.properties" -cp "$LIBS/*" "$@"
}

up() {
  running_pid kafka >/dev/null && { log "kafka already running (pid $(running_pid kafka), port $PORT)"; return 0; }
  install
  configure
  if [ ! -f "$DIR/logs/meta.properties" ]; then # storage is formatted once
    log "formatting Kafka storage"
    java_cmd kafka.tools.StorageTool format -t "$(java_cmd kafka.tools.StorageTool random-uuid)" \
      -c "$DIR/server.properties" >"$DIR/format.log" 2>&1 || { cat "$DIR/format.log" >&2; die "kafka storage format failed"; }
  fi
  start_daemon kafka "$PORT" "$DIR/stdout.log" \
    java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$DIR/log4j.properties" -cp "$LIBS/*" kafka.Kafka "$DIR/server.properties"
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) stop_daemon kafka ;;
  status) status_daemon kafka "$PORT" ;;
  *) die "usage: kafka.sh install|up|down|status" ;;
esac
