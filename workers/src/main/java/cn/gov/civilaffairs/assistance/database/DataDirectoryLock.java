package cn.gov.civilaffairs.assistance.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held by the running service for as long as its embedded PostgreSQL runs on a data directory: an OS file lock on
 * {@code <data directory>.lock} beside it, which the OS releases when the process ends, even on kill -9. A second
 * start on the same directory fails here with a clear message, before anything touches the running database (it
 * used to take the running instance's PostgreSQL for one a crash left behind and stop it). A server found on the
 * directory while the lock is free is really a crash's leftover.
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path lockFileOf(Path dataDirectory) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    return directory.resolveSibling(directory.getFileName() + ".lock");
  }

  /** Takes the lock of {@code dataDirectory}, or fails when another running instance holds it. */
  static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
    Path file = lockFileOf(dataDirectory);
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("Another instance of the service is already running on the embedded database "
          + "directory " + dataDirectory.toAbsolutePath().normalize() + " (it holds " + file + "). Stop it first, "
          + "or give this one another directory (app.embedded-postgres.data-directory) and port.");
    }
    return new DataDirectoryLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
