package se.traden.platform.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;

/**
 * JDK proxies around the data source, its connections, statements and result sets that tell the request's
 * {@link Recording} what is sent: each executed statement (and each row of a batch) counts one, and while a
 * request is captured its statements, parameters, transaction boundaries and the values read back are
 * recorded. Outside a request nothing is counted; the proxies only pass calls on.
 */
final class CountingJdbc {
    private CountingJdbc() {}

    static DataSource dataSource(DataSource target) {
        Set<Class<?>> interfaces = new LinkedHashSet<>(ClassUtils.getAllInterfacesAsSet(target));
        interfaces.add(DataSource.class);
        return (DataSource) Proxy.newProxyInstance(
                CountingJdbc.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), (proxy, method, args) -> {
                    Object result = call(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                CountingJdbc.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Recording recording = Recording.current();
                    String name = method.getName();
                    if (recording != null) {
                        switch (name) {
                            case "setAutoCommit" -> {
                                if (Boolean.FALSE.equals(args[0]) && target.getAutoCommit()) {
                                    recording.transaction("BEGIN");
                                }
                            }
                            case "commit" -> recording.transaction("COMMIT");
                            case "rollback" -> {
                                if (args == null) {
                                    recording.transaction("ROLLBACK");
                                }
                            }
                            default -> {}
                        }
                    }
                    Object result = call(target, method, args);
                    if (result instanceof PreparedStatement statement) {
                        return statement(statement, (String) args[0], PreparedStatement.class);
                    }
                    if (result instanceof Statement statement) {
                        return statement(statement, null, Statement.class);
                    }
                    return result;
                });
    }

    private static Statement statement(Statement target, String sql, Class<? extends Statement> type) {
        return (Statement) Proxy.newProxyInstance(
                CountingJdbc.class.getClassLoader(), new Class<?>[] {type}, new StatementHandler(target, sql));
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final String sql;
        private final Map<Integer, Object> parameters = new HashMap<>();
        private final List<Map<Integer, Object>> batch = new ArrayList<>();
        private Recording.Line lastLine;

        StatementHandler(Statement target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            Recording recording = Recording.current();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("addBatch") && args == null) {
                batch.add(new HashMap<>(parameters));
            } else if (name.equals("clearBatch")) {
                batch.clear();
            } else if (recording != null) {
                switch (name) {
                    case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                        String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
                        lastLine = recording.statement(text, parameters);
                    }
                    case "executeBatch", "executeLargeBatch" -> {
                        for (Map<Integer, Object> row : batch) {
                            lastLine = recording.statement(sql, row);
                        }
                    }
                    default -> {}
                }
            }
            if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                batch.clear();
            }
            Object result = call(target, method, args);
            if (result instanceof ResultSet rs && recording != null && recording.capturing() && lastLine != null) {
                return resultSet(rs, recording, lastLine);
            }
            return result;
        }
    }

    private static ResultSet resultSet(ResultSet target, Recording recording, Recording.Line line) {
        return (ResultSet) Proxy.newProxyInstance(
                CountingJdbc.class.getClassLoader(), new Class<?>[] {ResultSet.class}, new InvocationHandler() {
                    private int row;

                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        Object result = call(target, method, args);
                        String name = method.getName();
                        if (name.equals("next") && Boolean.TRUE.equals(result)) {
                            row++;
                            line.rows(row);
                        } else if (name.startsWith("get")
                                && args != null
                                && args.length >= 1
                                && result != null
                                && !name.equals("getMetaData")
                                && !name.equals("getStatement")) {
                            recording.read(line, row, label(target.getMetaData(), args[0]), result);
                        }
                        return result;
                    }
                });
    }

    private static String label(ResultSetMetaData meta, Object column) throws SQLException {
        return column instanceof Integer index ? meta.getColumnLabel(index) : String.valueOf(column);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
