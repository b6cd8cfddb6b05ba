using GraphQL;
using GraphQL.DataLoader;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Departments;

/// <summary>Batched reads of departments and their responsibility areas.</summary>
public sealed class DepartmentLoaders(CityLoaders loaders) : INodeSource
{
    public string TypeName => DepartmentType.TypeName;

    public IDataLoaderResult<Department?> ById(IResolveFieldContext context, long id) =>
        loaders.One(context, "departmentById", id, (db, ids) => db.Departments.Where(d => ids.Contains(d.Id)), d => d.Id);

    public IDataLoaderResult<IEnumerable<ResponsibilityArea>> Areas(IResolveFieldContext context, long departmentId) =>
        loaders.Many(context, "departmentAreas", departmentId, (db, ids) => db.ResponsibilityAreas.Where(a => ids.Contains(a.DepartmentId)).OrderBy(a => a.Id), a => a.DepartmentId);

    public IDataLoaderResult Load(IResolveFieldContext context, string key) =>
        loaders.One(context, "departmentByCode", key, (db, codes) => db.Departments.Where(d => codes.Contains(d.Code)), d => d.Code, nameof(Department.Code));
}
