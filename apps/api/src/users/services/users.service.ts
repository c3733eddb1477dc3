import { BadRequestException, ConflictException, Injectable, Logger } from '@nestjs/common';
import { Role } from '../../common/graphql/enums';
import { PasswordService } from '../../auth/services/password.service';
import { AuditService } from '../../audit/services/audit.service';
import { AppConfigService } from '../../config/services/app-config.service';
import { type UserDto } from '../dtos/outputs/user.dto';
import { type UserRow, UsersRepository } from '../repositories/users.repository';

export const DEMO_PASSWORD = 'demo12345';
export const DEMO_USERS: readonly { email: string; role: Role }[] = [
  { email: 'admin@demo.local', role: Role.ADMIN },
  { email: 'supervisor@demo.local', role: Role.SUPERVISOR },
  { email: 'analyst@demo.local', role: Role.ANALYST },
];

export const toUserDto = (u: UserRow): UserDto => ({ id: String(u.id), email: u.email, role: u.role, regionCodes: u.regionCodes });

@Injectable()
export class UsersService {
  private readonly log = new Logger('Users');

  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly config: AppConfigService,
  ) {}

  async create(actor: string, email: string, password: string, role: Role, regionCodes: string[] = []): Promise<UserDto> {
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new BadRequestException(`not an e-mail address: "${email}"`);
    if (password.length < 8) throw new BadRequestException('the password needs at least 8 characters');
    const row = await this.users.insert(email.trim(), await this.passwords.hash(password), role, regionCodes);
    if (!row) throw new ConflictException(`a user ${email} exists already`);
    await this.audit.record(actor, 'user.create', { email: row.email, role, regionCodes });
    return toUserDto(row);
  }

  /** ADMIN_EMAIL / ADMIN_PASSWORD: the first admin, created at start when missing. */
  async ensureConfiguredAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.config.app;
    if (!adminEmail || !adminPassword || (await this.users.findByEmail(adminEmail))) return;
    await this.users.insert(adminEmail, await this.passwords.hash(adminPassword), Role.ADMIN, []);
    await this.audit.record('system', 'user.create', { email: adminEmail, role: Role.ADMIN, from: 'ADMIN_EMAIL' });
    this.log.log(`created admin ${adminEmail}`);
  }

  /** With the demo data, unless an admin is configured: the documented demo accounts. */
  async ensureDemoUsers(): Promise<void> {
    if (this.config.app.adminEmail) return;
    const hash = await this.passwords.hash(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      if (await this.users.insert(u.email, hash, u.role, [])) await this.audit.record('system', 'user.create', { email: u.email, role: u.role, from: 'demo' });
    }
  }
}
