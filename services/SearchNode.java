import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one search node in this JVM until the process is stopped.
 *
 * Usage: java -cp CLASSPATH SearchNode.java BASE_DIR HTTP_PORT
 * The node listens on 127.0.0.1:HTTP_PORT only and keeps its data under BASE_DIR.
 */
public class SearchNode {
    public static void main(String[] args) throws Exception {
        String baseDir = args[0];
        int httpPort = Integer.parseInt(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(httpPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        runner.onBuild((index, settings) -> {
            settings.put("http.host", "127.0.0.1");
            settings.put("transport.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(new OpenSearchRunner.Configs()
                .basePath(baseDir)
                .numOfNode(1)
                .baseHttpPort(httpPort - 1)
                .clusterName("portal")
                .printOnFailure());
        System.out.println("search node ready on http://127.0.0.1:" + httpPort);
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }
}
