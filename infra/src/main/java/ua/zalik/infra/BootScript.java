package ua.zalik.infra;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The user data of an app instance: Java, the CloudWatch agent, the jar from the asset bucket, a systemd unit whose
 * ExecStartPre writes the secrets from Secrets Manager to a root-only env file (a restart picks up rotated ones), and a
 * CloudFormation signal once the app reports ready, so a release that cannot start rolls back.
 */
record BootScript(
        String region,
        String jarUrl,
        Map<String, String> environment,
        String databaseSecretArn,
        String redisTokenArn,
        String redisHost,
        String telegramSecretArn) {

    static final String LOG_FILE = "/var/log/zalik/app.log";

    String render(String logGroup, String stackName, String groupLogicalId) {
        String env = environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return TEMPLATE
                .replace("@ENV@", env)
                .replace("@REGION@", region)
                .replace("@JAR@", jarUrl)
                .replace("@DB_SECRET@", databaseSecretArn)
                .replace("@REDIS_SECRET@", redisTokenArn)
                .replace("@REDIS_HOST@", redisHost)
                .replace("@REDIS_PORT@", Integer.toString(Network.REDIS_PORT))
                .replace("@TELEGRAM_SECRET@", telegramSecretArn)
                .replace("@LOG_FILE@", LOG_FILE)
                .replace("@LOG_GROUP@", logGroup)
                .replace("@STACK@", stackName)
                .replace("@RESOURCE@", groupLogicalId);
    }

    private static final String TEMPLATE = """
            set -euo pipefail
            trap '/opt/aws/bin/cfn-signal -e 1 --region @REGION@ --stack "@STACK@" --resource "@RESOURCE@" || true' ERR
            dnf install -y java-21-amazon-corretto-headless amazon-cloudwatch-agent jq logrotate aws-cfn-bootstrap
            useradd --system --home-dir /opt/zalik --shell /sbin/nologin zalik || true
            install -d -o zalik -g zalik -m 750 /opt/zalik /var/log/zalik
            install -d -m 700 /etc/zalik
            aws s3 cp --region @REGION@ '@JAR@' /opt/zalik/zalik-app.jar
            # unpacked: plain jars let the JVM keep a class-data archive, written at each stop, read at each start
            java -Djarmode=tools -jar /opt/zalik/zalik-app.jar extract --destination /opt/zalik/app
            chown -R zalik:zalik /opt/zalik

            cat > /etc/zalik/zalik.env <<'ENV'
            @ENV@
            ENV

            cat > /opt/zalik/fetch-secrets.sh <<'SCRIPT'
            #!/bin/bash
            # Secrets Manager -> /etc/zalik/secrets.env (root only), read by systemd at every (re)start
            set -euo pipefail
            umask 077
            get() { aws secretsmanager get-secret-value --region @REGION@ --secret-id "$1" --query SecretString --output text; }
            db=$(get '@DB_SECRET@'); redis=$(get '@REDIS_SECRET@'); tg=$(get '@TELEGRAM_SECRET@')
            token=$(jq -r .botToken <<<"$tg")
            {
              echo "ZALIK_DB_URL=jdbc:postgresql://$(jq -r .host <<<"$db"):$(jq -r .port <<<"$db")/zalik?sslmode=require"
              echo "ZALIK_DB_USER=$(jq -r .username <<<"$db")"
              echo "ZALIK_DB_PASSWORD=$(jq -r .password <<<"$db")"
              echo "ZALIK_REDIS_URL=rediss://:${redis}@@REDIS_HOST@:@REDIS_PORT@"
              echo "TELEGRAM_WEBHOOK_SECRET=$(jq -r .webhookSecret <<<"$tg")"
              # until the real token is stored the bot stays off and the rest runs
              if [ "$token" != "REPLACE_ME" ]; then echo "TELEGRAM_BOT_TOKEN=$token"; fi
            } > /etc/zalik/secrets.env.new
            mv /etc/zalik/secrets.env.new /etc/zalik/secrets.env
            SCRIPT
            chmod 700 /opt/zalik/fetch-secrets.sh

            cat > /etc/systemd/system/zalik.service <<'UNIT'
            [Unit]
            Description=Zalik
            Wants=network-online.target
            After=network-online.target
            [Service]
            User=zalik
            ExecStartPre=+/opt/zalik/fetch-secrets.sh
            EnvironmentFile=/etc/zalik/zalik.env
            EnvironmentFile=-/etc/zalik/secrets.env
            # resident memory under load <= 400 MB (docs/performance.md, "Resident memory under load"): a bounded
            # serial heap, and glibc gives freed blocks of 32 KB and more (C2's compile arenas) back at once
            Environment=MALLOC_MMAP_THRESHOLD_=32768
            ExecStart=/usr/bin/java -Xmx128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/opt/zalik/app/zalik.jsa -jar /opt/zalik/app/zalik-app.jar
            StandardOutput=append:@LOG_FILE@
            StandardError=append:@LOG_FILE@
            SuccessExitStatus=143
            TimeoutStopSec=45
            Restart=always
            RestartSec=5
            [Install]
            WantedBy=multi-user.target
            UNIT

            cat > /etc/logrotate.d/zalik <<'ROTATE'
            @LOG_FILE@ {
              daily
              rotate 3
              compress
              missingok
              copytruncate
            }
            ROTATE

            cat > /opt/aws/amazon-cloudwatch-agent/etc/zalik.json <<'AGENT'
            {"logs": {"logs_collected": {"files": {"collect_list": [
              {"file_path": "@LOG_FILE@", "log_group_name": "@LOG_GROUP@", "log_stream_name": "{instance_id}"}
            ]}}}}
            AGENT
            /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s \\
              -c file:/opt/aws/amazon-cloudwatch-agent/etc/zalik.json

            /opt/zalik/fetch-secrets.sh
            systemctl daemon-reload
            systemctl enable --now zalik
            ready=1
            for i in $(seq 1 60); do
              if curl -fsS http://localhost:8080/actuator/health/readiness >/dev/null; then ready=0; break; fi
              sleep 10
            done
            /opt/aws/bin/cfn-signal -e "$ready" --region @REGION@ --stack '@STACK@' --resource '@RESOURCE@' || true
            """;
}
