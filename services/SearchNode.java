import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

/**
 * Runs one search node, or a cluster of several, in this JVM until the process is stopped.
 *
 * Usage: java -cp CLASSPATH SearchNode.java BASE_DIR HTTP_PORT[,HTTP_PORT...] [TRANSPORT_PORT,...]
 *
 * One HTTP port: one node (single-node discovery) on 127.0.0.1:HTTP_PORT, its data under
 * BASE_DIR. Several: one node per port, numbered from 1, each master-eligible and holding
 * data, joined into one cluster over the transport ports (one per node, same order).
 *
 * A cluster says "cluster ready on HTTP ports ..." on stderr once every node has started,
 * then takes commands on stdin, one a line, and answers each on stderr:
 *   stop N   closes node N (its data stays)   -> "node N stopped"
 *   start N  starts node N again on its data  -> "node N started"
 * The end of stdin closes every node of a cluster: its controlling process is gone. A single
 * node ignores stdin (services/searchnode.sh runs it in the background, stdin at /dev/null).
 */
public class SearchNode {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println(
                    "usage: SearchNode.java BASE_DIR HTTP_PORT[,HTTP_PORT...] [TRANSPORT_PORT,...]");
            System.exit(2);
        }
        String baseDir = args[0];
        int[] httpPorts = ports(args[1]);
        int[] transportPorts = args.length == 3 ? ports(args[2]) : new int[0];
        boolean cluster = httpPorts.length > 1;
        if (cluster && transportPorts.length != httpPorts.length) {
            System.err.println("a cluster of " + httpPorts.length + " nodes needs "
                    + httpPorts.length + " transport ports, got " + transportPorts.length);
            System.exit(2);
        }
        // Starting a node points the process's stdout at /dev/null and System.out at the
        // node's log: answers go to stderr, through the stream kept from before.
        PrintStream answers = System.err;
        OpenSearchRunner runner = new OpenSearchRunner();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        List<String> seeds = new ArrayList<>();
        for (int port : transportPorts) {
            seeds.add("127.0.0.1:" + port);
        }
        if (cluster) {
            runner.setMaxHttpPort(-1);  // each node's port is set below, not searched for
        } else {
            runner.setMaxHttpPort(httpPorts[0]);
        }
        runner.onBuild((id, settings) -> {
            settings.put("http.host", "127.0.0.1");
            settings.put("transport.host", "127.0.0.1");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            if (cluster) {
                settings.put("http.port", httpPorts[id - 1]);
                settings.put("transport.port", transportPorts[id - 1]);
                settings.putList("discovery.seed_hosts", seeds);
                // Node 1 founds the cluster alone, so that starting it does not wait for the
                // others (the runner starts nodes one after another); the others join it and
                // the voting configuration grows to all three.
                settings.putList("cluster.initial_cluster_manager_nodes", "Node 1");
            } else {
                settings.put("discovery.type", "single-node");
            }
        }).build(new OpenSearchRunner.Configs()
                .basePath(baseDir)
                .numOfNode(httpPorts.length)
                .baseHttpPort(httpPorts[0] - 1)
                .clusterName("portal")
                .printOnFailure());
        if (cluster) {
            answers.println("cluster ready on HTTP ports " + args[1]);
            answers.flush();
            obey(runner, httpPorts.length, answers);
        } else {
            System.out.println("search node ready on http://127.0.0.1:" + httpPorts[0]);
            while (!runner.isClosed()) {
                Thread.sleep(1000);
            }
        }
    }

    private static int[] ports(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Read "stop N" and "start N" from stdin until it ends, then close every node. */
    private static void obey(OpenSearchRunner runner, int size, PrintStream answers) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            int number;
            try {
                number = words.length == 2 ? Integer.parseInt(words[1]) : 0;
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1 || number > size || !(words[0].equals("stop") || words[0].equals("start"))) {
                answers.println("unknown command: " + line.trim() + " (stop N or start N, N from 1 to " + size + ")");
                continue;
            }
            if (words[0].equals("stop")) {
                Node node = runner.getNode(number - 1);
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
                answers.println("node " + number + " stopped");
            } else if (runner.startNode(number - 1)) {
                answers.println("node " + number + " started");
            } else {
                answers.println("node " + number + " did not start (is it running?)");
            }
            answers.flush();
        }
        System.exit(0);  // the shutdown hook closes the nodes
    }
}
