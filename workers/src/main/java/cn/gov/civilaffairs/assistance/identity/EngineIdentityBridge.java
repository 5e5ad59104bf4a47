package cn.gov.civilaffairs.assistance.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.GroupQuery;
import org.operaton.bpm.engine.identity.NativeUserQuery;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.TenantQuery;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.identity.UserQuery;
import org.operaton.bpm.engine.impl.GroupQueryImpl;
import org.operaton.bpm.engine.impl.Page;
import org.operaton.bpm.engine.impl.TenantQueryImpl;
import org.operaton.bpm.engine.impl.UserQueryImpl;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.Session;
import org.operaton.bpm.engine.impl.interceptor.SessionFactory;
import org.operaton.bpm.engine.impl.persistence.entity.GroupEntity;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Makes the engine see our users and their groups, read-only: Cockpit, Tasklist and Admin log in with the same
 * accounts. Groups are the candidate groups {@code role:jurisdictionCode}; admins and process managers are also in
 * the engine's administrator group, the only one with access to the webapps.
 */
@Component
class EngineIdentityBridge extends AbstractProcessEnginePlugin {

  private final UserDirectory directory;
  private final PasswordDoors doors;

  EngineIdentityBridge(UserDirectory directory, @org.springframework.context.annotation.Lazy PasswordDoors doors) {
    this.directory = directory;
    this.doors = doors;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new Provider();
      }
    });
  }

  /** The engine groups of a user. */
  static List<String> groupsOf(AppUser user) {
    List<String> groups = new ArrayList<>(user.candidateGroups());
    if (user.has(Role.ADMIN) || user.has(Role.PROCESS_MANAGER)) {
      groups.add(Groups.OPERATON_ADMIN);
    }
    return groups;
  }

  private Map<String, GroupEntity> allGroups(List<AppUser> users) {
    Map<String, GroupEntity> groups = new LinkedHashMap<>();
    for (AppUser user : users) {
      for (String id : groupsOf(user)) {
        groups.computeIfAbsent(id, key -> group(key, user));
      }
    }
    return groups;
  }

  private static GroupEntity group(String id, AppUser member) {
    GroupEntity group = new GroupEntity(id);
    if (id.equals(Groups.OPERATON_ADMIN)) {
      group.setName("系统与流程管理员");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
    } else {
      group.setName(id);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
    }
    return group;
  }

  private static UserEntity user(AppUser appUser) {
    UserEntity user = new UserEntity(appUser.username());
    user.setFirstName(appUser.displayName());
    user.setLastName(appUser.jurisdictionName());
    return user;
  }

  private class Provider implements ReadOnlyIdentityProvider {

    @Override
    public User findUserById(String userId) {
      return directory.find(userId).map(EngineIdentityBridge::user).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
      return new Users(org.operaton.bpm.engine.impl.context.Context.getProcessEngineConfiguration()
          .getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
      return new Users(null);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
      throw new BadUserRequestException("Native user queries are not supported");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
      // The webapps' door: the shared lockout, and only users who may open the webapps pass, so that the right
      // password of anyone else gets the same "wrong credentials" answer as a wrong one (no 403 oracle).
      return doors.check(userId, password, PasswordDoors.Door.ENGINE_WEBAPPS).account()
          .filter(account -> !account.mustChangePassword())
          .flatMap(account -> directory.find(userId))
          .filter(EngineRestPasswords::mayOperateTheEngine)
          .isPresent();
    }

    @Override
    public Group findGroupById(String groupId) {
      return allGroups(directory.all()).get(groupId);
    }

    @Override
    public GroupQuery createGroupQuery() {
      return new Groupz(org.operaton.bpm.engine.impl.context.Context.getProcessEngineConfiguration()
          .getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
      return new Groupz(null);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
      return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
      return new NoTenants();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
      return new NoTenants();
    }
  }

  private class Users extends UserQueryImpl {

    Users(org.operaton.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return matching().size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      return paged(matching(), page);
    }

    private List<User> matching() {
      Predicate<AppUser> filter = user -> true;
      if (getId() != null) {
        filter = filter.and(user -> user.username().equals(getId()));
      }
      if (getIds() != null) {
        filter = filter.and(user -> Arrays.asList(getIds()).contains(user.username()));
      }
      if (getFirstName() != null) {
        filter = filter.and(user -> user.displayName().equals(getFirstName()));
      }
      if (getFirstNameLike() != null) {
        String part = getFirstNameLike().replace("%", "");
        filter = filter.and(user -> user.displayName().contains(part));
      }
      if (getGroupId() != null) {
        filter = filter.and(user -> groupsOf(user).contains(getGroupId()));
      }
      return directory.all().stream().filter(filter).map(user -> (User) user(user)).toList();
    }
  }

  private class Groupz extends GroupQueryImpl {

    Groupz(org.operaton.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return matching().size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return paged(matching(), page);
    }

    private List<Group> matching() {
      List<AppUser> users = directory.all();
      if (getUserId() != null) {
        users = users.stream().filter(user -> user.username().equals(getUserId())).toList();
      }
      Predicate<GroupEntity> filter = group -> true;
      if (getId() != null) {
        filter = filter.and(group -> group.getId().equals(getId()));
      }
      if (getIds() != null) {
        filter = filter.and(group -> Arrays.asList(getIds()).contains(group.getId()));
      }
      if (getName() != null) {
        filter = filter.and(group -> group.getName().equals(getName()));
      }
      if (getNameLike() != null) {
        String part = getNameLike().replace("%", "");
        filter = filter.and(group -> group.getName().contains(part));
      }
      if (getType() != null) {
        filter = filter.and(group -> getType().equals(group.getType()));
      }
      return allGroups(users).values().stream().filter(filter).map(group -> (Group) group).toList();
    }
  }

  private static class NoTenants extends TenantQueryImpl {

    @Override
    public long executeCount(CommandContext commandContext) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return List.of();
    }
  }

  private static <T> List<T> paged(List<T> all, Page page) {
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
    return all.subList(from, to);
  }
}
