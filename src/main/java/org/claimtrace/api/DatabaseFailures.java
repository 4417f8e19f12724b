package org.claimtrace.api;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Whether a failure means the database cannot be used (503), rather than a fault in a request or our code (500). */
final class DatabaseFailures {

    static final String MESSAGE = "The database is not available; nothing was changed. Try again in a while; "
            + "the administrators find the cause in the log.";

    private DatabaseFailures() {
    }

    static boolean isDatabaseFailure(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException || cause instanceof RecoverableDataAccessException
                    || cause instanceof NonTransientDataAccessResourceException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLException sql && closedDatabase(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** H2's "database closed" family (90098, 90121) and a failing file store (MVStore 50000 general error). */
    private static boolean closedDatabase(SQLException e) {
        int code = e.getErrorCode();
        return code == 90098 || code == 90121 || code == 90028 || code == 50000
                || e.getSQLState() != null && e.getSQLState().startsWith("08");
    }
}
