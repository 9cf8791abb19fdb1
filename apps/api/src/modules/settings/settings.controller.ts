import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../authz/check-policies.decorator';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';

export class ServiceDto {
  @ApiProperty({ example: 'cloud-storage' }) key: string;
  @ApiProperty({ example: 'Cloud storage' }) label: string;
}

export class ServiceCatalogueDto {
  @ApiProperty({ type: [ServiceDto] }) items: ServiceDto[];
}

/** Settings every signed-in user's forms need; changing them is a deployment's configuration. */
@ApiTags('settings')
@ApiBearerAuth()
@Controller('settings')
export class SettingsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @SignedIn()
  @Get('service-catalogue')
  @ApiOkResponse({ type: ServiceCatalogueDto })
  serviceCatalogue(): ServiceCatalogueDto {
    return { items: Object.entries(this.config.serviceCatalogue).map(([key, label]) => ({ key, label })) };
  }
}
